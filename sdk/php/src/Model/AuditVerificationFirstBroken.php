<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The AuditVerificationFirstBroken object of the API. */
final class AuditVerificationFirstBroken
{
    /**
     * @param int $seq
     * @param string $id
     * @param 'sequence_gap'|'broken_link'|'hash_mismatch' $reason
     */
    public function __construct(
        public readonly int $seq,
        public readonly string $id,
        public readonly string $reason,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['seq'],
            $data['id'],
            $data['reason'],
        );
    }
}
