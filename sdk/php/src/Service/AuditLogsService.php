<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Service;

use Score360\Model\AuditEntry;
use Score360\Model\AuditEntryList;
use Score360\Model\AuditVerification;
use Score360\Page;
use Score360\Requester;

/** The auditLogs.* operations. */
final class AuditLogsService
{
    public function __construct(private readonly Requester $requester)
    {
    }

    /**
     * List audit entries, newest first.
     *
     * `auditLogs.list`: GET /v1/audit-logs
     *
     * @param array{limit?: int, actor?: string, action?: string, status?: int, from?: string, to?: string} $params
     * @param array{} $options
     * @return Page<AuditEntry>
     */
    public function list(array $params = [], array $options = []): Page
    {
        return $this->requester->paginate('/v1/audit-logs', $params, $options, [AuditEntryList::class, 'fromArray']);
    }

    /**
     * Recompute the hash chain and name the first broken link.
     *
     * `auditLogs.verify`: GET /v1/audit-logs/verify
     *
     * @param array{} $options
     * @return AuditVerification
     */
    public function verify(array $options = []): AuditVerification
    {
        return AuditVerification::fromArray($this->requester->request('GET', '/v1/audit-logs/verify', [], null, $options));
    }
}
