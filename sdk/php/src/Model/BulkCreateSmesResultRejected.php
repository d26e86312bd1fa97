<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The BulkCreateSmesResultRejected object of the API. */
final class BulkCreateSmesResultRejected
{
    /**
     * @param int $index
     * @param ?string $sme_id
     * @param 'validation_failed'|'sme_already_exists' $code
     * @param string $message
     * @param ?string $param
     */
    public function __construct(
        public readonly int $index,
        public readonly ?string $sme_id,
        public readonly string $code,
        public readonly string $message,
        public readonly ?string $param = null,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['index'],
            $data['sme_id'] ?? null,
            $data['code'],
            $data['message'],
            $data['param'] ?? null,
        );
    }
}
