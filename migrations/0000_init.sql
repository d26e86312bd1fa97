CREATE TABLE `institutions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `api_keys` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`team` text,
	`secret_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`last4` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer,
	`revoked_at` integer,
	`last_used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_id` ON `api_keys` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_secret_hash` ON `api_keys` (`secret_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_tenant` ON `api_keys` (`institution_id`,`environment`);--> statement-breakpoint
CREATE TABLE `smes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`sme_id` text NOT NULL,
	`name` text,
	`sector` text NOT NULL,
	`country` text NOT NULL,
	`identifiers` text NOT NULL,
	`metadata` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`mock` integer DEFAULT false NOT NULL,
	`flow_count` integer DEFAULT 0 NOT NULL,
	`first_flow_at` integer,
	`last_flow_at` integer,
	`latest_score` integer,
	`latest_grade` text,
	`latest_pd` real,
	`latest_scored_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `smes_tenant_sme` ON `smes` (`institution_id`,`environment`,`sme_id`);--> statement-breakpoint
CREATE INDEX `smes_tenant_seq` ON `smes` (`institution_id`,`environment`,`seq`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`locked_until` integer NOT NULL,
	`response_status` integer,
	`response_body` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`institution_id`, `environment`, `key`)
);
--> statement-breakpoint
CREATE TABLE `scores` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`sme_id` text NOT NULL,
	`score` integer NOT NULL,
	`grade` text NOT NULL,
	`pd` real NOT NULL,
	`trend` text NOT NULL,
	`sector` text NOT NULL,
	`signals` text NOT NULL,
	`reasons` text NOT NULL,
	`window_days` integer NOT NULL,
	`model` text NOT NULL,
	`scored_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scores_id` ON `scores` (`id`);--> statement-breakpoint
CREATE INDEX `scores_tenant_sme_seq` ON `scores` (`institution_id`,`environment`,`sme_id`,`seq`);