<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 404: no such route or object. */
class NotFoundException extends InvalidRequestException
{
}
