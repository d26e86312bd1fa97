<?php

// Generated from the SCORE360 OpenAPI document by scripts/sdk-codegen. Do not edit.

declare(strict_types=1);

namespace Score360\Model;

/** The InstitutionApiKeys object of the API. */
final class InstitutionApiKeys
{
    /**
     * @param InstitutionApiKeysTest $test
     * @param InstitutionApiKeysLive $live
     */
    public function __construct(
        public readonly InstitutionApiKeysTest $test,
        public readonly InstitutionApiKeysLive $live,
    ) {
    }

    /**
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            InstitutionApiKeysTest::fromArray($data['test']),
            InstitutionApiKeysLive::fromArray($data['live']),
        );
    }
}
