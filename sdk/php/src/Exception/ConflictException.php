<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 409 idempotency_in_progress that outlasted the retries. */
class ConflictException extends Score360Exception
{
}
