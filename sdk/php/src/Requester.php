<?php

declare(strict_types=1);

namespace Score360;

use Score360\Exception\ApiConnectionException;

/** The request core: URLs, credentials, retries with jittered backoff, one Idempotency-Key per POST. */
final class Requester
{
    /** @var callable(float): void */
    private $sleep;

    /**
     * @param (callable(float): void)|null $sleep
     */
    public function __construct(
        private readonly string|ClientCredentials $credential,
        public readonly string $baseUrl,
        private readonly float $timeout,
        private readonly RetryPolicy $retries,
        private readonly Transport $transport,
        private readonly string $userAgent,
        ?callable $sleep = null,
    ) {
        $this->sleep = $sleep ?? static function (float $seconds): void {
            usleep((int) ($seconds * 1e6));
        };
    }

    /**
     * @param array<string, mixed> $query
     */
    public function url(string $path, array $query = []): string
    {
        // The base URL carries the version; paths outside it (/.well-known/…) hang off its origin.
        if (str_starts_with($path, '/v1/')) {
            $url = $this->baseUrl . substr($path, 3);
        } else {
            $url = (str_ends_with($this->baseUrl, '/v1') ? substr($this->baseUrl, 0, -3) : $this->baseUrl) . $path;
        }
        $pairs = [];
        foreach ($query as $name => $value) {
            if ($value !== null) {
                $pairs[$name] = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
            }
        }
        return $pairs === [] ? $url : $url . '?' . http_build_query($pairs, '', '&', PHP_QUERY_RFC3986);
    }

    /**
     * @param array<string, mixed> $query
     * @param array<string, mixed>|RawBody|null $body an array is sent as JSON, a RawBody as it is
     * @param array{idempotency_key?: string} $options
     * @return array<string, mixed>
     */
    public function request(string $method, string $path, array $query, array|RawBody|null $body, array $options = []): array
    {
        $headers = ['Accept' => 'application/json'];
        if ($body instanceof RawBody) {
            $data = $body->content;
            $headers['Content-Type'] = $body->contentType;
        } else {
            $data = $body === null ? null : ($body === [] ? '{}' : json_encode($body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
            if ($data !== null) {
                $headers['Content-Type'] = 'application/json';
            }
        }
        if ($method === 'POST') {
            // One key per call, kept by every retry: the API applies the call once.
            $headers['Idempotency-Key'] = $options['idempotency_key'] ?? 'php_' . bin2hex(random_bytes(16));
        }
        $url = $this->url($path, $query);
        $answer = $this->send($method, $url, $headers, $data, true);
        if ($answer->status === 401 && $this->credential instanceof ClientCredentials) {
            // The token may have been refused early (revoked, clock skew): renew it once.
            $this->credential->invalidate(substr($headers['Authorization'], 7));
            $answer = $this->send($method, $url, $headers, $data, true);
        }
        if ($answer->status >= 400) {
            throw ErrorFactory::fromResponse($answer);
        }
        return $answer->body === '' ? [] : json_decode($answer->body, true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * @template T
     * @param array<string, mixed> $query
     * @param array{idempotency_key?: string} $options
     * @param callable(array<string, mixed>): object $page decodes one page
     * @return Page<T>
     */
    public function paginate(string $path, array $query, array $options, callable $page): Page
    {
        $fetch = function (?string $cursor) use (&$fetch, $path, $query, $options, $page): Page {
            $response = $page($this->request('GET', $path, ['cursor' => $cursor] + $query, null, $options));
            return new Page($response, $fetch);
        };
        return $fetch($query['cursor'] ?? null);
    }

    /**
     * @param array<string, string> $headers
     */
    private function send(string $method, string $url, array &$headers, ?string $data, bool $authenticated): Response
    {
        for ($attempt = 0; ; $attempt++) {
            if ($authenticated) {
                $bearer = is_string($this->credential) ? $this->credential : $this->credential->bearer(
                    function (string $body): Response {
                        $tokenHeaders = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
                        return $this->send('POST', $this->url('/v1/oauth/token'), $tokenHeaders, $body, false);
                    },
                );
                $headers['Authorization'] = 'Bearer ' . $bearer;
            }
            $headers['User-Agent'] = $this->userAgent;
            try {
                $answer = $this->transport->send($method, $url, $headers, $data, $this->timeout);
            } catch (ApiConnectionException $failure) {
                if ($attempt >= $this->retries->maxRetries) {
                    throw $failure;
                }
                ($this->sleep)($this->retries->backoff($attempt));
                continue;
            }
            $wait = $this->retries->waitFor($answer, $attempt);
            if ($wait === null) {
                return $answer;
            }
            ($this->sleep)($wait);
        }
    }
}
