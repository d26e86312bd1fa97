<?php

declare(strict_types=1);

namespace Score360;

/**
 * A SCORE360 API client. Options:
 *
 * - `api_key` (or the SCORE360_API_KEY environment variable), or `client_id` + `client_secret`
 *   (+ optional `scope`) for OAuth2 client credentials: tokens are fetched and renewed by the client;
 * - `base_url`, version included (default https://api.score360.africa/v1, or SCORE360_BASE_URL);
 * - `timeout` in seconds per attempt (default 30), `max_retries` (default 2);
 * - `transport`, a Transport (default CurlTransport).
 */
final class Client extends ClientBase
{
    public const VERSION = '0.1.0';
    public const DEFAULT_BASE_URL = 'https://api.score360.africa/v1';

    public readonly string $baseUrl;

    /**
     * @param array{api_key?: string, client_id?: string, client_secret?: string, scope?: string, base_url?: string, timeout?: float, max_retries?: int, transport?: Transport, sleep?: callable(float): void, random?: callable(): float, clock?: callable(): float} $options
     */
    public function __construct(array $options = [])
    {
        if (isset($options['client_id']) || isset($options['client_secret'])) {
            if (isset($options['api_key'])) {
                throw new \InvalidArgumentException('Pass an api_key or OAuth client credentials, not both.');
            }
            if (empty($options['client_id']) || empty($options['client_secret'])) {
                throw new \InvalidArgumentException('OAuth needs both client_id and client_secret.');
            }
            $credential = new ClientCredentials($options['client_id'], $options['client_secret'], $options['scope'] ?? null, $options['clock'] ?? null);
        } else {
            $credential = $options['api_key'] ?? (getenv('SCORE360_API_KEY') ?: null);
            if ($credential === null || $credential === '') {
                throw new \InvalidArgumentException("Pass 'api_key' (or set SCORE360_API_KEY), or 'client_id' and 'client_secret'.");
            }
        }
        $this->baseUrl = rtrim($options['base_url'] ?? (getenv('SCORE360_BASE_URL') ?: self::DEFAULT_BASE_URL), '/');
        parent::__construct(new Requester(
            $credential,
            $this->baseUrl,
            (float) ($options['timeout'] ?? 30.0),
            new RetryPolicy($options['max_retries'] ?? 2, $options['random'] ?? null),
            $options['transport'] ?? new CurlTransport(),
            'score360-php/' . self::VERSION . ' (php ' . PHP_VERSION . ')',
            $options['sleep'] ?? null,
        ));
    }
}
