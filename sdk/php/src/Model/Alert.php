<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Alert object of the API. */
final class Alert
{
    /**
     * @param string $object
     * @param string $id
     * @param 'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased' $type
     * @param 'low'|'medium'|'high' $severity
     * @param string $sme_id
     * @param array<string, mixed> $details The event's id and facts (from, to, reason, …)
     * @param 'open'|'acknowledged'|'superseded' $status
     * @param string $created_at
     * @param ?string $acknowledged_at
     * @param ?string $superseded_by The newer alert of the same type and SME that closed this one
     * @param ?string $superseded_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $type,
        public readonly string $severity,
        public readonly string $sme_id,
        public readonly array $details,
        public readonly string $status,
        public readonly string $created_at,
        public readonly ?string $acknowledged_at,
        public readonly ?string $superseded_by,
        public readonly ?string $superseded_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['id'],
            $data['type'],
            $data['severity'],
            $data['sme_id'],
            $data['details'],
            $data['status'],
            $data['created_at'],
            $data['acknowledged_at'] ?? null,
            $data['superseded_by'] ?? null,
            $data['superseded_at'] ?? null,
        );
    }
}
