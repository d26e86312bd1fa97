<?php

declare(strict_types=1);

namespace Score360;

/** Which answers are retried, and after how long: 0.5 s doubling to 8 s, jittered; Retry-After wins. */
final class RetryPolicy
{
    private const INITIAL_DELAY = 0.5;
    private const MAX_DELAY = 8.0;
    /** A Retry-After longer than this is not waited out: the error goes back to the caller. */
    private const MAX_RETRY_AFTER = 60.0;

    /** @var callable(): float */
    private $random;

    /**
     * @param (callable(): float)|null $random a number in [0, 1)
     */
    public function __construct(public readonly int $maxRetries = 2, ?callable $random = null)
    {
        $this->random = $random ?? static fn (): float => mt_rand() / (mt_getrandmax() + 1);
    }

    public function backoff(int $attempt): float
    {
        $ceiling = min(self::MAX_DELAY, self::INITIAL_DELAY * 2 ** $attempt);
        return $ceiling / 2 + ($this->random)() * $ceiling / 2;
    }

    /** Seconds to wait before retrying $answer, or null to return it. */
    public function waitFor(Response $answer, int $attempt): ?float
    {
        if ($attempt >= $this->maxRetries || !self::retryable($answer)) {
            return null;
        }
        $asked = self::parseRetryAfter($answer->headers['retry-after'] ?? null);
        if ($asked === null) {
            return $this->backoff($attempt);
        }
        return $asked <= self::MAX_RETRY_AFTER ? $asked : null;
    }

    public static function retryable(Response $answer): bool
    {
        if ($answer->status === 429 || $answer->status >= 500) {
            return true;
        }
        if ($answer->status === 409) {
            $body = json_decode($answer->body, true);
            return is_array($body) && ($body['error']['code'] ?? null) === 'idempotency_in_progress';
        }
        return false;
    }

    public static function parseRetryAfter(?string $value): ?float
    {
        if ($value === null || $value === '') {
            return null;
        }
        if (is_numeric($value)) {
            return max(0.0, (float) $value);
        }
        $at = strtotime($value);
        return $at === false ? null : max(0.0, (float) ($at - time()));
    }
}
