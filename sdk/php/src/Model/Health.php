<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Health object of the API. */
final class Health
{
    /**
     * @param string $status
     * @param string $time
     */
    public function __construct(
        public readonly string $status,
        public readonly string $time,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['status'],
            $data['time'],
        );
    }
}
