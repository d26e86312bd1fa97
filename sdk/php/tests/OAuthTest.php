<?php

declare(strict_types=1);

namespace Score360\Tests;

use PHPUnit\Framework\TestCase;
use Score360\Client;
use Score360\Exception\AuthenticationException;
use Score360\Response;

/** OAuth2 client credentials offline: one token while fresh, a new one near expiry or when refused. */
final class OAuthTest extends TestCase
{
    private float $now = 1000.0;

    private function client(FakeTransport $t): Client
    {
        return new Client([
            'client_id' => 'cli_1',
            'client_secret' => 's3cret',
            'base_url' => 'http://api.local/v1',
            'transport' => $t,
            'sleep' => static function (float $s): void {
            },
            'clock' => fn (): float => $this->now,
        ]);
    }

    private static function token(string $value): Response
    {
        return FakeTransport::ok(['access_token' => $value, 'token_type' => 'Bearer', 'expires_in' => 900, 'scope' => 'smes:read']);
    }

    public function testTokenCachedAndRenewedBeforeExpiry(): void
    {
        $sme = FakeTransport::ok(FakeTransport::sme());
        $t = new FakeTransport([self::token('tok1'), $sme, $sme, self::token('tok2'), $sme]);
        $c = $this->client($t);
        foreach ([0, 800, 60] as $step) {
            $this->now += $step;
            $c->smes->retrieve('SME_1');
        }
        $seen = array_map(fn ($r) => substr($r['url'], strlen('http://api.local/v1')) . ' ' . ($r['headers']['Authorization'] ?? ''), $t->requests);
        $this->assertSame(['/oauth/token ', '/smes/SME_1 Bearer tok1', '/smes/SME_1 Bearer tok1', '/oauth/token ', '/smes/SME_1 Bearer tok2'], $seen);
        $this->assertSame(['grant_type' => 'client_credentials', 'client_id' => 'cli_1', 'client_secret' => 's3cret'], json_decode($t->requests[0]['body'], true));
    }

    public function testRefusedTokenRenewedOnce(): void
    {
        $t = new FakeTransport([
            self::token('tok1'),
            FakeTransport::error(401, 'authentication_error', 'invalid_token'),
            self::token('tok2'),
            FakeTransport::ok(FakeTransport::sme()),
        ]);
        $this->assertSame('SME_1', $this->client($t)->smes->retrieve('SME_1')->sme_id);
        $this->assertSame('Bearer tok2', $t->requests[3]['headers']['Authorization']);
    }

    public function testBadClientCredentials(): void
    {
        $t = new FakeTransport([new Response(401, [], json_encode(['error' => 'invalid_client', 'error_description' => 'Unknown client.']))]);
        try {
            $this->client($t)->smes->retrieve('SME_1');
            $this->fail('no exception');
        } catch (AuthenticationException $e) {
            $this->assertSame([401, 'invalid_client'], [$e->getHttpStatus(), $e->getErrorCode()]);
        }
    }
}
