<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The FlowIngestionResultRejected object of the API. */
final class FlowIngestionResultRejected
{
    /**
     * @param int $index The item's position: in `flows`, or among a connector message's entries, transactions and events
     * @param 'invalid_flow'|'invalid_id'|'invalid_occurred_at'|'occurred_at_in_future'|'occurred_at_too_old'|'invalid_amount'|'invalid_direction'|'invalid_counterparty'|'invalid_channel'|'entry_not_booked'|'unsupported_currency'|'missing_reference'|'missing_date'|'not_irrevocable'|'not_a_payment' $code
     * @param string $message
     * @param ?string $path Connectors only: where the item is in what you sent
     */
    public function __construct(
        public readonly int $index,
        public readonly string $code,
        public readonly string $message,
        public readonly ?string $path = null,
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
            $data['path'] ?? null,
        );
    }
}
