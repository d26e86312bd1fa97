<?php

declare(strict_types=1);

namespace Score360;

/** Sends one HTTP request; throws ApiConnectionException (or TimeoutException) when no answer comes. */
interface Transport
{
    /**
     * @param array<string, string> $headers
     */
    public function send(string $method, string $url, array $headers, ?string $body, float $timeout): Response;
}
