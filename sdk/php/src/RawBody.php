<?php

declare(strict_types=1);

namespace Score360;

/** A request body in a format of its own (a camt document), sent byte for byte instead of as JSON. */
final class RawBody
{
    public function __construct(
        public readonly string $content,
        public readonly string $contentType,
    ) {
    }
}
