<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 429: too many requests; getRetryAfter() is the wait the API asked for. */
class RateLimitException extends Score360Exception
{
    /** Seconds to wait, or null when the API did not say. */
    public function getRetryAfter(): ?float
    {
        return \Score360\RetryPolicy::parseRetryAfter($this->getHeaders()['retry-after'] ?? null);
    }
}
