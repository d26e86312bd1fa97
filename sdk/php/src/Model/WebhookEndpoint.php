<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The WebhookEndpoint object of the API. */
final class WebhookEndpoint
{
    /**
     * @param string $object
     * @param string $id
     * @param string $url
     * @param list<string> $events
     * @param ?string $description
     * @param 'enabled'|'disabled' $status
     * @param 'gone'|'failing'|'manual'|null $disabled_reason `gone`: the receiver answered 410; `failing`: 5 days without a success; `manual`: by PATCH
     * @param string $created_at
     * @param string $updated_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $url,
        public readonly array $events,
        public readonly ?string $description,
        public readonly string $status,
        public readonly ?string $disabled_reason,
        public readonly string $created_at,
        public readonly string $updated_at,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            $data['id'],
            $data['url'],
            $data['events'],
            $data['description'] ?? null,
            $data['status'],
            $data['disabled_reason'] ?? null,
            $data['created_at'],
            $data['updated_at'],
        );
    }
}
