CREATE TABLE `oauth_clients` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`team` text,
	`secret_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	`last_used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `oauth_clients_id` ON `oauth_clients` (`id`);--> statement-breakpoint
CREATE INDEX `oauth_clients_tenant` ON `oauth_clients` (`institution_id`,`environment`);--> statement-breakpoint
CREATE TABLE `audit_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`entry` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_outbox_tenant` ON `audit_outbox` (`institution_id`,`environment`,`seq`);