CREATE TABLE `sandbox_signups` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`institution_id` text NOT NULL,
	`organization` text NOT NULL,
	`country` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sandbox_signups_institution_id_unique` ON `sandbox_signups` (`institution_id`);