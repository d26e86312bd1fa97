CREATE TABLE `sme_accounts` (
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`scheme` text NOT NULL,
	`account_id` text NOT NULL,
	`sme_id` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`institution_id`, `environment`, `scheme`, `account_id`)
);
--> statement-breakpoint
CREATE INDEX `sme_accounts_tenant_sme` ON `sme_accounts` (`institution_id`,`environment`,`sme_id`);