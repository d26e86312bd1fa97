<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The WebhookDelivery object of the API. */
final class WebhookDelivery
{
    /**
     * @param string $object
     * @param string $event_id
     * @param string $endpoint_id
     * @param int $attempt 1 for the first attempt of a sending
     * @param bool $redelivery Part of a sending asked for with POST /v1/events/{id}/redeliver
     * @param 'in_flight'|'succeeded'|'retrying'|'failed' $outcome
     * @param ?int $status_code
     * @param ?int $latency_ms
     * @param ?string $error
     * @param ?string $next_attempt_at
     * @param string $attempted_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $event_id,
        public readonly string $endpoint_id,
        public readonly int $attempt,
        public readonly bool $redelivery,
        public readonly string $outcome,
        public readonly ?int $status_code,
        public readonly ?int $latency_ms,
        public readonly ?string $error,
        public readonly ?string $next_attempt_at,
        public readonly string $attempted_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['event_id'],
            $data['endpoint_id'],
            $data['attempt'],
            $data['redelivery'],
            $data['outcome'],
            $data['status_code'] ?? null,
            $data['latency_ms'] ?? null,
            $data['error'] ?? null,
            $data['next_attempt_at'] ?? null,
            $data['attempted_at'],
        );
    }
}
