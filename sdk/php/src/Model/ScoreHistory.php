<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The ScoreHistory object of the API. */
final class ScoreHistory
{
    /**
     * @param string $object
     * @param string $sme_id
     * @param ?Score $latest
     * @param list<Score> $data
     * @param bool $has_more
     * @param ?string $next_cursor
     */
    public function __construct(
        public readonly string $object,
        public readonly string $sme_id,
        public readonly ?Score $latest,
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
            $data['sme_id'],
            isset($data['latest']) ? Score::fromArray($data['latest']) : null,
            array_map([Score::class, 'fromArray'], $data['data']),
            $data['has_more'],
            $data['next_cursor'] ?? null,
        );
    }
}
