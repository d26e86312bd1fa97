<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 5xx: a failure on the API's side that outlasted the retries. */
class ApiException extends Score360Exception
{
}
