<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The AlertList object of the API. */
final class AlertList
{
    /**
     * @param string $object
     * @param list<Alert> $data
     * @param bool $has_more
     * @param ?string $next_cursor
     */
    public function __construct(
        public readonly string $object,
        public readonly array $data,
        public readonly bool $has_more,
        public readonly ?string $next_cursor,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['object'],
            array_map([Alert::class, 'fromArray'], $data['data']),
            $data['has_more'],
            $data['next_cursor'] ?? null,
        );
    }
}
