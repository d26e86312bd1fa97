<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The SandboxSignupResultSandbox object of the API. */
final class SandboxSignupResultSandbox
{
    /**
     * @param int $mock_smes
     */
    public function __construct(
        public readonly int $mock_smes,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            $data['mock_smes'],
        );
    }
}
