ALTER TABLE `alerts` ADD `superseded_by` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `superseded_at` integer;--> statement-breakpoint
CREATE INDEX `alerts_status_superseded` ON `alerts` (`status`,`superseded_at`);--> statement-breakpoint
-- What was open before: of an SME's open alerts of one type, the newest stays open and closes the others.
UPDATE `alerts` SET
  `status` = 'superseded',
  `superseded_by` = (SELECT `n`.`id` FROM `alerts` `n` WHERE `n`.`institution_id` = `alerts`.`institution_id` AND `n`.`environment` = `alerts`.`environment`
    AND `n`.`sme_id` = `alerts`.`sme_id` AND `n`.`type` = `alerts`.`type` AND `n`.`status` = 'open' ORDER BY `n`.`seq` DESC LIMIT 1),
  `superseded_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE `status` = 'open' AND EXISTS (SELECT 1 FROM `alerts` `n` WHERE `n`.`institution_id` = `alerts`.`institution_id` AND `n`.`environment` = `alerts`.`environment`
    AND `n`.`sme_id` = `alerts`.`sme_id` AND `n`.`type` = `alerts`.`type` AND `n`.`status` = 'open' AND `n`.`seq` > `alerts`.`seq`);
