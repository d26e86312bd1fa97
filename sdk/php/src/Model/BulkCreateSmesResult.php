<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The BulkCreateSmesResult object of the API. */
final class BulkCreateSmesResult
{
    /**
     * @param string $object
     * @param int $received
     * @param int $created
     * @param int $duplicates Items identical to an SME already registered (by an earlier call, or earlier in this one)
     * @param list<BulkCreateSmesResultRejected> $rejected
     */
    public function __construct(
        public readonly string $object,
        public readonly int $received,
        public readonly int $created,
        public readonly int $duplicates,
        public readonly array $rejected,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['received'],
            $data['created'],
            $data['duplicates'],
            array_map([BulkCreateSmesResultRejected::class, 'fromArray'], $data['rejected']),
        );
    }
}
