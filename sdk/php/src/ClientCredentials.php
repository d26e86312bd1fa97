<?php

declare(strict_types=1);

namespace Score360;

/** An OAuth2 client's credentials, exchanged for access tokens cached until near their expiry. */
final class ClientCredentials
{
    /** Renew this long before expiry, so no request leaves with a dying token. */
    public const RENEW_MARGIN_SECONDS = 60;

    private ?string $token = null;
    private float $expiresAt = 0.0;
    /** @var callable(): float */
    private $clock;

    /**
     * @param (callable(): float)|null $clock seconds, monotonic (tests move it)
     */
    public function __construct(
        public readonly string $clientId,
        private readonly string $clientSecret,
        public readonly ?string $scope = null,
        ?callable $clock = null,
    ) {
        $this->clock = $clock ?? static fn (): float => hrtime(true) / 1e9;
    }

    /**
     * @param callable(string): Response $fetch posts a token request body, returns the answer
     */
    public function bearer(callable $fetch): string
    {
        if ($this->token === null || ($this->clock)() >= $this->expiresAt - self::RENEW_MARGIN_SECONDS) {
            $body = ['grant_type' => 'client_credentials', 'client_id' => $this->clientId, 'client_secret' => $this->clientSecret];
            if ($this->scope !== null && $this->scope !== '') {
                $body['scope'] = $this->scope;
            }
            $started = ($this->clock)();
            $answer = $fetch(json_encode($body, JSON_THROW_ON_ERROR));
            if ($answer->status !== 200) {
                throw ErrorFactory::fromResponse($answer);
            }
            $token = json_decode($answer->body, true, 512, JSON_THROW_ON_ERROR);
            $this->token = (string) $token['access_token'];
            $this->expiresAt = $started + (float) $token['expires_in'];
        }
        return $this->token;
    }

    /** Forget a token the API refused, unless it was already replaced. */
    public function invalidate(string $token): void
    {
        if ($this->token === $token) {
            $this->token = null;
        }
    }
}
