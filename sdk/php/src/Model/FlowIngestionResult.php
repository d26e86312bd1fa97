<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The FlowIngestionResult object of the API. */
final class FlowIngestionResult
{
    /**
     * @param string $object
     * @param string $sme_id
     * @param int $received
     * @param int $accepted
     * @param int $duplicates
     * @param list<FlowIngestionResultRejected> $rejected
     */
    public function __construct(
        public readonly string $object,
        public readonly string $sme_id,
        public readonly int $received,
        public readonly int $accepted,
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
            $data['sme_id'],
            $data['received'],
            $data['accepted'],
            $data['duplicates'],
            array_map([FlowIngestionResultRejected::class, 'fromArray'], $data['rejected']),
        );
    }
}
