<?php

declare(strict_types=1);

namespace Score360;

use Score360\Exception\WebhookVerificationException;

/** Standard Webhooks verification (https://www.standardwebhooks.com/) of SCORE360 deliveries. */
final class Webhook
{
    public const DEFAULT_TOLERANCE_SECONDS = 300;

    /**
     * Checks a delivery and returns its decoded event.
     *
     * @param string $payload the raw request body exactly as received (file_get_contents('php://input'))
     * @param array<string, string|list<string>> $headers the request's headers, names in any case
     *     ($_SERVER-style HTTP_WEBHOOK_ID keys are accepted too)
     * @param string $secret the endpoint's whsec_… secret
     * @return array<string, mixed>
     * @throws WebhookVerificationException
     */
    public static function verify(string $payload, array $headers, string $secret, int $tolerance = self::DEFAULT_TOLERANCE_SECONDS, ?int $now = null): array
    {
        $lowered = [];
        foreach ($headers as $name => $value) {
            $key = strtolower(str_replace('_', '-', (string) preg_replace('/^HTTP_/i', '', (string) $name)));
            $lowered[$key] = is_array($value) ? implode(' ', $value) : (string) $value;
        }
        $id = $lowered['webhook-id'] ?? '';
        $stamp = $lowered['webhook-timestamp'] ?? '';
        $signatures = $lowered['webhook-signature'] ?? '';
        if ($id === '' || $stamp === '' || $signatures === '') {
            throw new WebhookVerificationException('Missing webhook-id, webhook-timestamp or webhook-signature header.');
        }
        if (!ctype_digit($stamp)) {
            throw new WebhookVerificationException('webhook-timestamp is not a number of seconds.');
        }
        if (abs(($now ?? time()) - (int) $stamp) > $tolerance) {
            throw new WebhookVerificationException('webhook-timestamp is outside the tolerance: a stale or replayed message.');
        }
        $expected = substr(self::sign($id, (int) $stamp, $payload, $secret), 3);
        foreach (explode(' ', $signatures) as $candidate) {
            [$version, $value] = array_pad(explode(',', $candidate, 2), 2, '');
            if ($version === 'v1' && hash_equals($expected, $value)) {
                return json_decode($payload, true, 512, JSON_THROW_ON_ERROR);
            }
        }
        throw new WebhookVerificationException('No signature matches: wrong secret, or the body was changed (pass the raw body).');
    }

    /** The v1 signature of a message, as the API computes it. */
    public static function sign(string $id, int $timestamp, string $payload, string $secret): string
    {
        $key = base64_decode(str_starts_with($secret, 'whsec_') ? substr($secret, 6) : $secret, true);
        if ($key === false) {
            throw new WebhookVerificationException('The secret is not a whsec_… webhook secret.');
        }
        return 'v1,' . base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$payload}", $key, true));
    }
}
