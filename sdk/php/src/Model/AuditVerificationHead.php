<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The last entry's hash when the chain is valid: keep it to detect a later rewrite */
final class AuditVerificationHead
{
    /**
     * @param int $seq
     * @param string $hash
     */
    public function __construct(
        public readonly int $seq,
        public readonly string $hash,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['seq'],
            $data['hash'],
        );
    }
}
