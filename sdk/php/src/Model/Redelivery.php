<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Redelivery object of the API. */
final class Redelivery
{
    /**
     * @param string $object
     * @param string $event_id
     * @param int $endpoints Enabled endpoints subscribed to the event, each sent it again
     */
    public function __construct(
        public readonly string $object,
        public readonly string $event_id,
        public readonly int $endpoints,
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
            $data['endpoints'],
        );
    }
}
