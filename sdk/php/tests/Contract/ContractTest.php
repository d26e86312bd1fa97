<?php

declare(strict_types=1);

namespace Score360\Tests\Contract;

use PHPUnit\Framework\TestCase;
use Score360\Client;
use Score360\Exception;
use Score360\Exception\Score360Exception;
use Score360\Model\Score;
use Score360\Webhook;

/**
 * The SDK against the real Worker, started by test/e2e/sdks.test.ts (`npm test`), which sets
 * SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY. Without them these tests skip
 * (and SCORE360_CONTRACT=required turns the skip into a failure).
 */
final class ContractTest extends TestCase
{
    private string $base;
    private string $key;
    private string $live;
    private Client $client;

    protected function setUp(): void
    {
        $this->base = (string) getenv('SCORE360_BASE_URL');
        $this->key = (string) getenv('SCORE360_TEST_KEY');
        $this->live = (string) getenv('SCORE360_LIVE_KEY');
        if ($this->base === '' || $this->key === '' || $this->live === '') {
            if (getenv('SCORE360_CONTRACT') === 'required') {
                $this->fail('SCORE360_BASE_URL, SCORE360_TEST_KEY and SCORE360_LIVE_KEY are required');
            }
            $this->markTestSkipped('no running Worker (npm test starts one and sets SCORE360_BASE_URL)');
        }
        $this->client = new Client(['api_key' => $this->key, 'base_url' => $this->base]);
    }

    private static function newId(string $prefix): string
    {
        return $prefix . '_' . bin2hex(random_bytes(6));
    }

    private static function ago(int $hours): string
    {
        return gmdate('Y-m-d\TH:i:s\Z', time() - $hours * 3600);
    }

    /** @param callable(): mixed $call */
    private function expectApiError(callable $call, string $class, int $status, string $code): Score360Exception
    {
        try {
            $call();
        } catch (Score360Exception $e) {
            $this->assertInstanceOf($class, $e, $e->getMessage());
            $this->assertSame([$status, $code], [$e->getHttpStatus(), $e->getErrorCode()]);
            $this->assertStringStartsWith('req_', (string) $e->getRequestId());
            return $e;
        }
        $this->fail("no {$code}");
    }

    public function testScore(): void
    {
        $score = $this->client->scores->create(['sme_id' => 'SME_TEST_COMMERCE_A', 'window_days' => 90]);
        $this->assertInstanceOf(Score::class, $score);
        $this->assertGreaterThanOrEqual(300, $score->score);
        $this->assertLessThanOrEqual(900, $score->score);
        $this->assertContains($score->grade, ['A', 'B', 'C', 'D', 'E']);
        $this->assertSame(90, $score->window_days);
        $history = $this->client->scores->retrieve('SME_TEST_COMMERCE_A');
        $this->assertSame($score->id, $history->response->latest->id);
    }

    public function testRegisterThenIngestWithARejectedItem(): void
    {
        $id = self::newId('PHP');
        $sme = $this->client->smes->create(['sme_id' => $id, 'name' => 'Maquis Chez Tantie', 'sector' => 'hospitality', 'country' => 'CI']);
        $this->assertSame([$id, 'CI', null], [$sme->sme_id, $sme->country, $sme->latest_score]);
        $result = $this->client->flows->ingest(['sme_id' => $id, 'flows' => [
            ['id' => 'F-1', 'occurred_at' => self::ago(48), 'amount' => 150000, 'direction' => 'in', 'counterparty' => 'cp_17'],
            ['id' => 'F-2', 'occurred_at' => self::ago(24), 'amount' => -5, 'direction' => 'out'],
            ['id' => 'F-3', 'occurred_at' => self::ago(24), 'amount' => 20000, 'direction' => 'out', 'channel' => 'mobile_money'],
        ]]);
        $this->assertSame([3, 2, 0], [$result->received, $result->accepted, $result->duplicates]);
        $this->assertCount(1, $result->rejected);
        $this->assertSame([1, 'invalid_amount'], [$result->rejected[0]->index, $result->rejected[0]->code]);
        $this->assertSame(2, $this->client->smes->retrieve($id)->flows->count);
    }

    /** The shared camt.054 (sdk/test-vectors/camt054.xml): a booked and a pending entry. */
    private static function camt(string $ref, string $day, string $account): string
    {
        $template = (string) file_get_contents(__DIR__ . '/../../../test-vectors/camt054.xml');
        return str_replace(['{{ref}}', '{{day}}', '{{account}}'], [$ref, $day, $account], $template);
    }

    public function testConnectorsCamtAndPiSpiThenCashflow(): void
    {
        [$id, $account, $alias] = [self::newId('PHP'), self::newId('ACCT'), self::newId('alias')];
        $this->client->smes->create(['sme_id' => $id, 'sector' => 'commerce', 'country' => 'SN', 'accounts' => [
            ['scheme' => 'account', 'id' => $account],
            ['scheme' => 'pi_spi_alias', 'id' => $alias],
        ]]);
        $document = self::camt(bin2hex(random_bytes(6)), substr(self::ago(24), 0, 10), $account);

        // The SME is found from the account the notification names; the pending entry is rejected with its path.
        $result = $this->client->flows->ingestCamt($document);
        $this->assertSame([$id, 2, 1, 0], [$result->sme_id, $result->received, $result->accepted, $result->duplicates]);
        $this->assertCount(1, $result->rejected);
        $rejected = $result->rejected[0];
        $this->assertSame(
            [1, '/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]', 'entry_not_booked'],
            [$rejected->index, $rejected->path, $rejected->code],
        );
        $again = $this->client->flows->ingestCamt($document, ['sme_id' => $id]);
        $this->assertSame([0, 1], [$again->accepted, $again->duplicates]);

        $events = $this->client->flows->ingestPiSpi(['data' => [
            ['evCode' => 'PAIEMENT_RECU', 'end2endId' => 'E2E' . bin2hex(random_bytes(12)), 'montant' => 45000, 'alias' => $alias,
                'statut' => 'IRREVOCABLE', 'dateIrrevocabilite' => self::ago(24), 'payeurAlias' => '+221776543210'],
            ['evCode' => 'RTP_RECU', 'alias' => $alias, 'montant' => 1000],
        ], 'meta' => ['total' => 2]]);
        $this->assertSame([$id, 1], [$events->sme_id, $events->accepted]);
        $this->assertSame(['data[1]', 'not_a_payment'], [$events->rejected[0]->path, $events->rejected[0]->code]);

        $cashflow = $this->client->smes->cashflow($id, ['interval' => 'month', 'periods' => 3]);
        $this->assertSame([$id, 'month', 3], [$cashflow->sme_id, $cashflow->interval, count($cashflow->data)]);
        $this->assertSame(73500 + 45000, array_sum(array_map(static fn ($p) => $p->inflow, $cashflow->data)));
    }

    public function testBulkRegistrationAndASandboxSignup(): void
    {
        [$ok, $bad] = [self::newId('PHP'), self::newId('PHP')];
        $result = $this->client->smes->bulkCreate(['smes' => [
            ['sme_id' => $ok, 'sector' => 'commerce', 'country' => 'SN'],
            ['sme_id' => $bad, 'sector' => 'mining', 'country' => 'SN'],
        ]]);
        $this->assertSame([2, 1, 0], [$result->received, $result->created, $result->duplicates]);
        $this->assertSame([1, $bad, 'validation_failed'], [$result->rejected[0]->index, $result->rejected[0]->sme_id, $result->rejected[0]->code]);
        $this->assertSame($ok, $this->client->smes->retrieve($ok)->sme_id);

        $signup = $this->client->sandbox->signups->create(['organization' => 'Banque PHP', 'email' => self::newId('php') . '@bank.ci', 'country' => 'CI']);
        $this->assertStringStartsWith('sk_test_', $signup->api_key->secret);
        $this->assertSame(50, $signup->sandbox->mock_smes);
        $sandbox = new Client(['api_key' => $signup->api_key->secret, 'base_url' => $this->base]);
        $this->assertCount(50, $sandbox->smes->list(['limit' => 100])->data);
    }

    public function testListPagesThroughEverything(): void
    {
        $page = $this->client->smes->list(['limit' => 20]);
        $this->assertTrue($page->hasMore);
        $ids = [];
        foreach ($page as $sme) {
            $ids[] = $sme->sme_id;
        }
        $this->assertGreaterThanOrEqual(50, count($ids));
        $this->assertSame(count($ids), count(array_unique($ids)));
        $this->assertGreaterThanOrEqual(3, iterator_count($page->pages()));
    }

    public function testEveryErrorTheApiAnswers(): void
    {
        $c = $this->client;
        $this->expectApiError(fn () => $c->smes->retrieve(self::newId('NOPE')), Exception\NotFoundException::class, 404, 'sme_not_found');
        $invalid = $this->expectApiError(
            fn () => $c->scores->create(['sme_id' => 'SME_TEST_COMMERCE_A', 'window_days' => 10]),
            Exception\InvalidRequestException::class,
            400,
            'validation_failed',
        );
        $this->assertSame('window_days', $invalid->getParam());
        $id = self::newId('PHP');
        $c->smes->create(['sme_id' => $id, 'sector' => 'services', 'country' => 'CI']);
        $this->expectApiError(fn () => $c->smes->create(['sme_id' => $id, 'sector' => 'services', 'country' => 'CI']), Exception\InvalidRequestException::class, 409, 'sme_already_exists');
        $bad = new Client(['api_key' => 'sk_test_' . str_repeat('0', 43), 'base_url' => $this->base]);
        $this->expectApiError(fn () => $bad->smes->list(), Exception\AuthenticationException::class, 401, 'invalid_api_key');
        $viewer = new Client(['api_key' => $c->apiKeys->create(['name' => 'php viewer', 'role' => 'viewer'])->secret, 'base_url' => $this->base]);
        $this->expectApiError(
            fn () => $viewer->smes->create(['sme_id' => self::newId('PHP'), 'sector' => 'commerce', 'country' => 'SN']),
            Exception\PermissionException::class,
            403,
            'insufficient_scope',
        );
        $live = new Client(['api_key' => $this->live, 'base_url' => $this->base, 'max_retries' => 0]);
        $this->expectApiError(fn () => $live->sandbox->triggerEvent(['event' => 'score.downgraded']), Exception\PermissionException::class, 403, 'live_mode_forbidden');
        // The e2e harness holds live keys to a few requests per 10 s: a fresh key reaches 429.
        $hammered = new Client(['api_key' => $live->apiKeys->create(['name' => 'php hammer', 'role' => 'viewer'])->secret, 'base_url' => $this->base, 'max_retries' => 0]);
        $limited = $this->expectApiError(function () use ($hammered): void {
            for ($i = 0; $i < 50; $i++) {
                $hammered->smes->list(['limit' => 1]);
            }
        }, Exception\RateLimitException::class, 429, 'rate_limited');
        $this->assertGreaterThan(0, $limited->getRetryAfter());
        $this->expectException(Exception\ApiConnectionException::class);
        (new Client(['api_key' => $this->key, 'base_url' => 'http://127.0.0.1:9/v1', 'max_retries' => 0]))->health->check();
    }

    public function testALostAnswerIsRetriedAndAppliedOnce(): void
    {
        $origin = substr($this->base, 0, -3);
        $proxy = new LocalServer('proxy.php', ['SCORE360_UPSTREAM' => $origin, 'SCORE360_LOSE' => '/v1/smes']);
        try {
            $id = self::newId('PHP');
            $sme = (new Client(['api_key' => $this->key, 'base_url' => $proxy->url . '/v1']))->smes->create(['sme_id' => $id, 'sector' => 'commerce', 'country' => 'SN']);
            $seen = array_map(fn ($l) => json_decode($l, true), file($proxy->dir . '/seen.jsonl', FILE_IGNORE_NEW_LINES));
        } finally {
            $proxy->stop();
        }
        $this->assertSame($id, $sme->sme_id);
        $this->assertSame([201, 201], array_column($seen, 'status'));
        $this->assertSame($seen[0]['idempotency_key'], $seen[1]['idempotency_key']);
        $this->assertSame('true', $seen[1]['replayed']);
        $count = 0;
        foreach ($this->client->smes->list(['limit' => 100]) as $s) {
            $count += $s->sme_id === $id ? 1 : 0;
        }
        $this->assertSame(1, $count);
    }

    public function testOAuthTokenRenewedWhenItExpires(): void
    {
        $created = $this->client->oauthClients->create(['name' => 'php sdk', 'role' => 'admin']);
        $shift = 0.0;
        $transport = new class () implements \Score360\Transport {
            public int $tokens = 0;

            public function send(string $method, string $url, array $headers, ?string $body, float $timeout): \Score360\Response
            {
                $this->tokens += str_ends_with($url, '/oauth/token') ? 1 : 0;
                return (new \Score360\CurlTransport())->send($method, $url, $headers, $body, $timeout);
            }
        };
        $o = new Client([
            'client_id' => $created->client_id,
            'client_secret' => $created->client_secret,
            'base_url' => $this->base,
            'transport' => $transport,
            'clock' => function () use (&$shift): float {
                return hrtime(true) / 1e9 + $shift;
            },
        ]);
        $this->assertCount(1, $o->smes->list(['limit' => 1])->data);
        $this->assertCount(1, $o->smes->list(['limit' => 1])->data);
        $this->assertSame(1, $transport->tokens, 'cached');
        $shift = 900.0; // 15 minutes later
        $this->assertCount(1, $o->smes->list(['limit' => 1])->data);
        $this->assertSame(2, $transport->tokens, 'renewed, and the new token works');
    }

    public function testVerifiesARealDelivery(): void
    {
        $receiver = new LocalServer('receiver.php');
        $endpoint = $this->client->webhookEndpoints->create(['url' => $receiver->url . '/score360', 'events' => ['*']]);
        try {
            $event = $this->client->sandbox->triggerEvent(['event' => 'score.downgraded', 'sme_id' => 'SME_TEST_COMMERCE_C']);
            for ($i = 0; $i < 600 && $receiver->files('delivery_*') === []; $i++) {
                usleep(100_000);
            }
            $files = $receiver->files('delivery_*');
            $this->assertNotEmpty($files, 'no delivery within 60 s');
            $delivery = json_decode((string) file_get_contents($files[0]), true);
        } finally {
            $receiver->stop();
            $this->client->webhookEndpoints->delete($endpoint->id);
        }
        $body = base64_decode($delivery['body']);
        $verified = Webhook::verify($body, $delivery['headers'], $endpoint->secret);
        $this->assertSame([$event->id, 'score.downgraded'], [$verified['id'], $verified['event']]);
        $this->expectException(Exception\WebhookVerificationException::class);
        Webhook::verify(str_replace('score.downgraded', 'score.upgraded', $body), $delivery['headers'], $endpoint->secret);
    }
}
