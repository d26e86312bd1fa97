<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Erasure object of the API. */
final class Erasure
{
    /**
     * @param string $object
     * @param string $sme_id
     * @param string $erased_at
     * @param ErasureErased $erased
     */
    public function __construct(
        public readonly string $object,
        public readonly string $sme_id,
        public readonly string $erased_at,
        public readonly ErasureErased $erased,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['sme_id'],
            $data['erased_at'],
            ErasureErased::fromArray($data['erased']),
        );
    }
}
