<?php

declare(strict_types=1);

namespace Score360\Tests;

use Score360\Exception\ApiConnectionException;
use Score360\Response;
use Score360\Transport;

/** Answers scripted responses (or throws scripted failures) in order, and records every request. */
final class FakeTransport implements Transport
{
    /** @var list<array{method: string, url: string, headers: array<string, string>, body: ?string}> */
    public array $requests = [];

    /** @param list<Response|\Throwable> $answers */
    public function __construct(private array $answers)
    {
    }

    public function send(string $method, string $url, array $headers, ?string $body, float $timeout): Response
    {
        $this->requests[] = ['method' => $method, 'url' => $url, 'headers' => $headers, 'body' => $body];
        $answer = array_shift($this->answers);
        if ($answer instanceof \Throwable) {
            throw $answer;
        }
        return $answer;
    }

    /** @param array<string, string> $headers */
    public static function ok(mixed $body, int $status = 200, array $headers = []): Response
    {
        return new Response($status, ['request-id' => 'req_test'] + $headers, json_encode($body));
    }

    /** @param array<string, string> $headers */
    public static function error(int $status, string $type, string $code, array $headers = []): Response
    {
        $body = ['error' => ['type' => $type, 'code' => $code, 'message' => $code, 'request_id' => 'req_err']];
        return new Response($status, ['request-id' => 'req_err'] + $headers, json_encode($body));
    }

    public static function reset(): ApiConnectionException
    {
        return new ApiConnectionException('Connection reset');
    }

    /** @return array<string, mixed> */
    public static function sme(string $id = 'SME_1'): array
    {
        return [
            'object' => 'sme', 'sme_id' => $id, 'name' => null, 'sector' => 'commerce', 'country' => 'SN',
            'identifiers' => [], 'accounts' => [], 'metadata' => [], 'flows' => ['count' => 0, 'first_at' => null, 'last_at' => null],
            'latest_score' => null, 'created_at' => '2026-01-01T00:00:00Z',
        ];
    }
}
