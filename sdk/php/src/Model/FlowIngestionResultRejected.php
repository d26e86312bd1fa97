<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The FlowIngestionResultRejected object of the API. */
final class FlowIngestionResultRejected
{
    /**
     * @param int $index
     * @param 'invalid_flow'|'invalid_id'|'invalid_occurred_at'|'occurred_at_in_future'|'occurred_at_too_old'|'invalid_amount'|'invalid_direction'|'invalid_counterparty'|'invalid_channel' $code
     * @param string $message
     */
    public function __construct(
        public readonly int $index,
        public readonly string $code,
        public readonly string $message,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['index'],
            $data['code'],
            $data['message'],
        );
    }
}
