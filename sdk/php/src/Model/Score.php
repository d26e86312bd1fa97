<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Score object of the API. */
final class Score
{
    /**
     * @param string $object
     * @param string $id
     * @param string $sme_id
     * @param int $score
     * @param 'A'|'B'|'C'|'D'|'E' $grade Relative to the SME's sector
     * @param 'up'|'stable'|'down' $trend Against the previous score (±15 points)
     * @param float $pd 12-month probability of default
     * @param ScoreSignals $signals
     * @param list<ScoreReason> $reasons Up to 4 factors that lowered the score most, largest first
     * @param int $window_days
     * @param bool $official True for the SME's registered sector over the default 90-day window: the score that becomes its latest, sets its trend and raises events and alerts. False for a what-if (another sector or window): returned and kept in the history, nothing more.
     * @param string $model The model artifact that made this score (name and version)
     * @param string $scored_at
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $sme_id,
        public readonly int $score,
        public readonly string $grade,
        public readonly string $trend,
        public readonly float $pd,
        public readonly ScoreSignals $signals,
        public readonly array $reasons,
        public readonly int $window_days,
        public readonly bool $official,
        public readonly string $model,
        public readonly string $scored_at,
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
            $data['sme_id'],
            $data['score'],
            $data['grade'],
            $data['trend'],
            $data['pd'],
            ScoreSignals::fromArray($data['signals']),
            array_map([ScoreReason::class, 'fromArray'], $data['reasons']),
            $data['window_days'],
            $data['official'],
            $data['model'],
            $data['scored_at'],
        );
    }
}
