CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`type` text NOT NULL,
	`sme_id` text NOT NULL,
	`facts` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`enqueued_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_id` ON `events` (`id`);--> statement-breakpoint
CREATE INDEX `events_tenant_seq` ON `events` (`institution_id`,`environment`,`seq`);--> statement-breakpoint
CREATE INDEX `events_tenant_sme` ON `events` (`institution_id`,`environment`,`sme_id`);--> statement-breakpoint
CREATE INDEX `events_unsent` ON `events` (`occurred_at`) WHERE enqueued_at IS NULL;--> statement-breakpoint
CREATE TABLE `alerts` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`event_id` text NOT NULL,
	`type` text NOT NULL,
	`severity` text NOT NULL,
	`sme_id` text NOT NULL,
	`details` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`acknowledged_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_id` ON `alerts` (`id`);--> statement-breakpoint
CREATE INDEX `alerts_tenant_seq` ON `alerts` (`institution_id`,`environment`,`seq`);--> statement-breakpoint
CREATE INDEX `alerts_tenant_sme` ON `alerts` (`institution_id`,`environment`,`sme_id`);--> statement-breakpoint
CREATE TABLE `institution_settings` (
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`score_threshold` integer NOT NULL,
	`risk_zone_pd` real NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`institution_id`, `environment`)
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`event_id` text NOT NULL,
	`endpoint_id` text NOT NULL,
	`round` integer NOT NULL,
	`attempt` integer NOT NULL,
	`outcome` text NOT NULL,
	`status_code` integer,
	`latency_ms` integer,
	`error` text,
	`next_attempt_at` integer,
	`attempted_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_attempt` ON `webhook_deliveries` (`event_id`,`endpoint_id`,`round`,`attempt`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint` ON `webhook_deliveries` (`institution_id`,`environment`,`endpoint_id`,`seq`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`institution_id` text NOT NULL,
	`environment` text NOT NULL,
	`url` text NOT NULL,
	`events` text NOT NULL,
	`description` text,
	`secret` text NOT NULL,
	`previous_secret` text,
	`previous_secret_expires_at` integer,
	`status` text DEFAULT 'enabled' NOT NULL,
	`disabled_reason` text,
	`failing_since` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_endpoints_id` ON `webhook_endpoints` (`id`);--> statement-breakpoint
CREATE INDEX `webhook_endpoints_tenant` ON `webhook_endpoints` (`institution_id`,`environment`,`seq`);