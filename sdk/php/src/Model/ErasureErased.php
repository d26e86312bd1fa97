<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The ErasureErased object of the API. */
final class ErasureErased
{
    /**
     * @param int $flows
     * @param int $scores
     * @param int $alerts
     */
    public function __construct(
        public readonly int $flows,
        public readonly int $scores,
        public readonly int $alerts,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['flows'],
            $data['scores'],
            $data['alerts'],
        );
    }
}
