<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The AuditVerification object of the API. */
final class AuditVerification
{
    /**
     * @param string $object
     * @param bool $valid
     * @param int $entries Entries checked (up to and including the first broken one)
     * @param ?AuditVerificationHead $head The last entry's hash when the chain is valid: keep it to detect a later rewrite
     * @param ?AuditVerificationFirstBroken $first_broken
     * @param string $verified_at
     */
    public function __construct(
        public readonly string $object,
        public readonly bool $valid,
        public readonly int $entries,
        public readonly ?AuditVerificationHead $head,
        public readonly ?AuditVerificationFirstBroken $first_broken,
        public readonly string $verified_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['valid'],
            $data['entries'],
            isset($data['head']) ? AuditVerificationHead::fromArray($data['head']) : null,
            isset($data['first_broken']) ? AuditVerificationFirstBroken::fromArray($data['first_broken']) : null,
            $data['verified_at'],
        );
    }
}
