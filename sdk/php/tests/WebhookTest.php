<?php

declare(strict_types=1);

namespace Score360\Tests;

use PHPUnit\Framework\TestCase;
use Score360\Exception\WebhookVerificationException;
use Score360\Webhook;

/** The shared Standard Webhooks vectors (sdk/test-vectors/webhooks.json), signed by the reference library. */
final class WebhookTest extends TestCase
{
    /** @return array<string, array{array<string, mixed>}> */
    public static function vectors(): array
    {
        $file = json_decode((string) file_get_contents(__DIR__ . '/../../test-vectors/webhooks.json'), true);
        $cases = [];
        foreach ($file['vectors'] as $vector) {
            $cases[$vector['name']] = [$vector];
        }
        return $cases;
    }

    /**
     * @dataProvider vectors
     * @param array<string, mixed> $v
     */
    public function testVector(array $v): void
    {
        if (!$v['valid']) {
            $this->expectException(WebhookVerificationException::class);
        }
        $event = Webhook::verify($v['payload'], $v['headers'], $v['secret'], Webhook::DEFAULT_TOLERANCE_SECONDS, $v['now']);
        $this->assertSame($v['headers']['webhook-id'], $event['id']);
    }

    public function testServerStyleHeaders(): void
    {
        $v = self::vectors()['valid'][0];
        $server = [];
        foreach ($v['headers'] as $name => $value) {
            $server['HTTP_' . strtoupper(str_replace('-', '_', $name))] = $value;
        }
        $event = Webhook::verify($v['payload'], $server, $v['secret'], 300, $v['now']);
        $this->assertSame('score.downgraded', $event['event']);
    }

    public function testSignMatchesTheReference(): void
    {
        $v = self::vectors()['valid'][0];
        $h = $v['headers'];
        $this->assertSame($h['webhook-signature'], Webhook::sign($h['webhook-id'], (int) $h['webhook-timestamp'], $v['payload'], $v['secret']));
    }
}
