<?php

declare(strict_types=1);

namespace Score360\Tests;

use PHPUnit\Framework\TestCase;
use Score360\Client;
use Score360\Exception;
use Score360\Exception\Score360Exception;

/** The request core offline, on a scripted transport: retries, backoff, idempotency, errors. */
final class CoreTest extends TestCase
{
    /** @var list<float> */
    private array $waits = [];

    /** @param array<string, mixed> $options */
    private function client(FakeTransport $t, array $options = []): Client
    {
        return new Client($options + [
            'api_key' => 'sk_test_abc',
            'base_url' => 'http://api.local/v1',
            'transport' => $t,
            'sleep' => function (float $s): void {
                $this->waits[] = $s;
            },
            'random' => static fn (): float => 0.5,
        ]);
    }

    private const CREATE = ['sme_id' => 'SME_1', 'sector' => 'commerce', 'country' => 'SN'];

    public function testSendsKeyUserAgentAndJson(): void
    {
        $t = new FakeTransport([FakeTransport::ok(FakeTransport::sme(), 201)]);
        $sme = $this->client($t)->smes->create(self::CREATE);
        $this->assertSame('SME_1', $sme->sme_id);
        $sent = $t->requests[0];
        $this->assertSame(['POST', 'http://api.local/v1/smes'], [$sent['method'], $sent['url']]);
        $this->assertSame('Bearer sk_test_abc', $sent['headers']['Authorization']);
        $this->assertStringStartsWith('score360-php/' . Client::VERSION, $sent['headers']['User-Agent']);
        $this->assertSame(self::CREATE, json_decode($sent['body'], true));
    }

    public function testSendsACamtDocumentAsItIsTheSameBytesOnEachRetry(): void
    {
        $ingestion = ['object' => 'flow_ingestion', 'sme_id' => 'SME_1', 'received' => 1, 'accepted' => 1, 'duplicates' => 0, 'rejected' => []];
        $t = new FakeTransport([FakeTransport::error(503, 'api_error', 'service_unavailable'), FakeTransport::ok($ingestion)]);
        $xml = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">café</Document>';
        $this->assertSame(1, $this->client($t)->flows->ingestCamt($xml, ['sme_id' => 'SME_1'])->accepted);
        $this->assertCount(2, $t->requests);
        foreach ($t->requests as $sent) {
            $this->assertSame(
                ['http://api.local/v1/connect/camt?sme_id=SME_1', $xml, 'application/xml'],
                [$sent['url'], $sent['body'], $sent['headers']['Content-Type']],
            );
        }
        $this->assertSame($t->requests[0]['headers']['Idempotency-Key'], $t->requests[1]['headers']['Idempotency-Key']);
    }

    public function testBaseUrlFromEnvironmentAndDefault(): void
    {
        putenv('SCORE360_BASE_URL=http://env.local/v1/');
        try {
            $t = new FakeTransport([FakeTransport::ok(['keys' => []])]);
            $c = new Client(['api_key' => 'k', 'transport' => $t]);
            $this->assertSame('http://env.local/v1', $c->baseUrl);
            $c->jwks->retrieve();
            $this->assertSame('http://env.local/.well-known/jwks.json', $t->requests[0]['url']);
        } finally {
            putenv('SCORE360_BASE_URL');
        }
        $this->assertSame(Client::DEFAULT_BASE_URL, (new Client(['api_key' => 'k']))->baseUrl);
    }

    public function testRetriesWithOneIdempotencyKey(): void
    {
        $t = new FakeTransport([
            FakeTransport::error(503, 'api_error', 'service_unavailable'),
            FakeTransport::reset(),
            FakeTransport::ok(FakeTransport::sme(), 201),
        ]);
        $this->client($t)->smes->create(self::CREATE);
        $keys = array_unique(array_map(fn ($r) => $r['headers']['Idempotency-Key'], $t->requests));
        $this->assertCount(3, $t->requests);
        $this->assertCount(1, $keys);
        $this->assertSame([0.375, 0.75], $this->waits);
    }

    public function testCallerKeyAndNoKeyOnGet(): void
    {
        $t = new FakeTransport([FakeTransport::ok(FakeTransport::sme(), 201), FakeTransport::ok(FakeTransport::sme())]);
        $c = $this->client($t);
        $c->smes->create(self::CREATE, ['idempotency_key' => 'mine']);
        $c->smes->retrieve('SME 1/x');
        $this->assertSame('mine', $t->requests[0]['headers']['Idempotency-Key']);
        $this->assertArrayNotHasKey('Idempotency-Key', $t->requests[1]['headers']);
        $this->assertSame('http://api.local/v1/smes/SME%201%2Fx', $t->requests[1]['url']);
    }

    public function testRetryAfterAndIdempotencyInProgress(): void
    {
        $t = new FakeTransport([
            FakeTransport::error(429, 'rate_limit_error', 'rate_limited', ['retry-after' => '7']),
            FakeTransport::error(409, 'conflict_error', 'idempotency_in_progress'),
            FakeTransport::ok(FakeTransport::sme()),
        ]);
        $this->client($t)->smes->retrieve('SME_1');
        $this->assertSame([7.0, 0.75], $this->waits);
    }

    public function testOther409IsNotRetried(): void
    {
        $t = new FakeTransport([FakeTransport::error(409, 'invalid_request_error', 'sme_already_exists')]);
        try {
            $this->client($t)->smes->create(self::CREATE);
            $this->fail('no exception');
        } catch (Exception\InvalidRequestException $e) {
            $this->assertSame([409, 'sme_already_exists'], [$e->getHttpStatus(), $e->getErrorCode()]);
        }
        $this->assertCount(1, $t->requests);
    }

    public function testLongRetryAfterIsThrownNotWaited(): void
    {
        $t = new FakeTransport([FakeTransport::error(429, 'rate_limit_error', 'rate_limited', ['retry-after' => '3600'])]);
        try {
            $this->client($t)->smes->retrieve('SME_1');
            $this->fail('no exception');
        } catch (Exception\RateLimitException $e) {
            $this->assertSame(3600.0, $e->getRetryAfter());
        }
        $this->assertSame([], $this->waits);
    }

    public function testGivesUpAfterMaxRetriesAndCapsBackoff(): void
    {
        $t = new FakeTransport(array_fill(0, 4, FakeTransport::error(500, 'api_error', 'internal_error')));
        try {
            $this->client($t, ['max_retries' => 3])->smes->retrieve('SME_1');
            $this->fail('no exception');
        } catch (Exception\ApiException $e) {
            $this->assertSame([500, 'req_err'], [$e->getHttpStatus(), $e->getRequestId()]);
        }
        $this->assertCount(4, $t->requests);
        $this->assertSame([0.375, 0.75, 1.5], $this->waits);
        $this->assertSame(4.0, (new \Score360\RetryPolicy(2, static fn (): float => 0.0))->backoff(30));
    }

    /** @return list<array{int, string, string, class-string<Score360Exception>}> */
    public static function errors(): array
    {
        return [
            [400, 'invalid_request_error', 'validation_failed', Exception\InvalidRequestException::class],
            [404, 'invalid_request_error', 'sme_not_found', Exception\NotFoundException::class],
            [401, 'authentication_error', 'invalid_api_key', Exception\AuthenticationException::class],
            [403, 'permission_error', 'insufficient_scope', Exception\PermissionException::class],
            [409, 'conflict_error', 'idempotency_in_progress', Exception\ConflictException::class],
            [429, 'rate_limit_error', 'rate_limited', Exception\RateLimitException::class],
            [500, 'api_error', 'internal_error', Exception\ApiException::class],
        ];
    }

    /**
     * @dataProvider errors
     * @param class-string<Score360Exception> $class
     */
    public function testErrorClasses(int $status, string $type, string $code, string $class): void
    {
        $t = new FakeTransport(array_fill(0, 3, FakeTransport::error($status, $type, $code)));
        try {
            $this->client($t)->smes->retrieve('SME_1');
            $this->fail('no exception');
        } catch (Score360Exception $e) {
            $this->assertInstanceOf($class, $e);
            $this->assertSame([$status, $code, 'req_err'], [$e->getHttpStatus(), $e->getErrorCode(), $e->getRequestId()]);
        }
    }

    public function testNetworkFailureAfterRetries(): void
    {
        $t = new FakeTransport([FakeTransport::reset(), FakeTransport::reset(), FakeTransport::reset()]);
        $this->expectException(Exception\ApiConnectionException::class);
        try {
            $this->client($t)->smes->retrieve('SME_1');
        } finally {
            $this->assertCount(3, $t->requests);
        }
    }

    public function testTimeoutAgainstAServerThatNeverAnswers(): void
    {
        $server = stream_socket_server('tcp://127.0.0.1:0');
        $address = stream_socket_get_name($server, false);
        $c = new Client(['api_key' => 'k', 'base_url' => "http://{$address}/v1", 'timeout' => 0.3, 'max_retries' => 0]);
        try {
            $c->smes->retrieve('SME_1'); // the kernel accepts the connection; nobody answers
            $this->fail('no exception');
        } catch (Exception\TimeoutException $e) {
            $this->assertNull($e->getHttpStatus());
        } finally {
            fclose($server);
        }
    }

    public function testListPagesThroughEveryPage(): void
    {
        $page = fn (array $ids, ?string $cursor) => FakeTransport::ok([
            'object' => 'list', 'data' => array_map(fn ($id) => FakeTransport::sme($id), $ids),
            'has_more' => $cursor !== null, 'next_cursor' => $cursor,
        ]);
        $t = new FakeTransport([$page(['a', 'b'], 'c1'), $page(['c', 'd'], 'c2'), $page(['e'], null)]);
        $ids = [];
        foreach ($this->client($t)->smes->list(['limit' => 2, 'sector' => 'commerce']) as $sme) {
            $ids[] = $sme->sme_id;
        }
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $ids);
        $this->assertSame([
            'http://api.local/v1/smes?limit=2&sector=commerce',
            'http://api.local/v1/smes?cursor=c1&limit=2&sector=commerce',
            'http://api.local/v1/smes?cursor=c2&limit=2&sector=commerce',
        ], array_column($t->requests, 'url'));
    }
}
