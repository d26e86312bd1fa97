DROP INDEX `sme_accounts_tenant_sme`;--> statement-breakpoint
CREATE INDEX `sme_accounts_tenant_sme` ON `sme_accounts` (`institution_id`,`environment`,`sme_id`,`position`);--> statement-breakpoint
CREATE INDEX `alerts_tenant_status_severity` ON `alerts` (`institution_id`,`environment`,`status`,`severity`);--> statement-breakpoint
CREATE INDEX `idempotency_keys_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE INDEX `smes_tenant_portfolio` ON `smes` (`institution_id`,`environment`,`status`,`sector`,`latest_grade`);