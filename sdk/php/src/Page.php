<?php

declare(strict_types=1);

namespace Score360;

/**
 * One page of a list (`data`, `hasMore`, `nextCursor`, the whole `response`). Iterating it with
 * foreach yields every item of this page and of the pages after it, fetched as needed.
 *
 * @template T
 * @implements \IteratorAggregate<int, T>
 */
final class Page implements \IteratorAggregate
{
    /** @var list<T> */
    public readonly array $data;
    public readonly bool $hasMore;
    public readonly ?string $nextCursor;

    /** @var callable(?string): Page<T> */
    private $fetch;

    /**
     * @param object $response the decoded page (SmeList, ScoreHistory, …)
     * @param callable(?string): Page<T> $fetch
     */
    public function __construct(public readonly object $response, callable $fetch)
    {
        $this->data = $response->data;
        $this->hasMore = $response->has_more;
        $this->nextCursor = $response->next_cursor;
        $this->fetch = $fetch;
    }

    /** @return Page<T>|null the following page, or null after the last */
    public function nextPage(): ?Page
    {
        return $this->hasMore && $this->nextCursor !== null ? ($this->fetch)($this->nextCursor) : null;
    }

    /** @return \Generator<int, Page<T>> */
    public function pages(): \Generator
    {
        for ($page = $this; $page !== null; $page = $page->nextPage()) {
            yield $page;
        }
    }

    /** @return \Generator<int, T> */
    public function getIterator(): \Generator
    {
        foreach ($this->pages() as $page) {
            foreach ($page->data as $item) {
                yield $item;
            }
        }
    }
}
