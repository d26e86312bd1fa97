<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The Event object of the API. */
final class Event
{
    /**
     * @param string $object
     * @param string $id
     * @param 'score.downgraded'|'score.upgraded'|'score.threshold_crossed'|'anomaly.detected'|'sme.risk_zone_entered'|'sme.erased' $event
     * @param 'test'|'live' $environment
     * @param string $sme_id
     * @param ?ScoreRef $from
     * @param ?ScoreRef $to
     * @param string $reason Why it fired; see the event catalogue in docs/webhooks.md
     * @param string $occurred_at
     * @param ?int $threshold score.threshold_crossed only
     * @param ?int $anomalies anomaly.detected only
     */
    public function __construct(
        public readonly string $object,
        public readonly string $id,
        public readonly string $event,
        public readonly string $environment,
        public readonly string $sme_id,
        public readonly ?ScoreRef $from,
        public readonly ?ScoreRef $to,
        public readonly string $reason,
        public readonly string $occurred_at,
        public readonly ?int $threshold = null,
        public readonly ?int $anomalies = null,
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
            $data['event'],
            $data['environment'],
            $data['sme_id'],
            isset($data['from']) ? ScoreRef::fromArray($data['from']) : null,
            isset($data['to']) ? ScoreRef::fromArray($data['to']) : null,
            $data['reason'],
            $data['occurred_at'],
            $data['threshold'] ?? null,
            $data['anomalies'] ?? null,
        );
    }
}
