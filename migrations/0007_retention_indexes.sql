CREATE INDEX `alerts_status_acknowledged` ON `alerts` (`status`,`acknowledged_at`);--> statement-breakpoint
CREATE INDEX `events_age` ON `events` (`occurred_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_age` ON `webhook_deliveries` (`attempted_at`);