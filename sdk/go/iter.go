package score360

// Iter walks a list across its pages, fetching the next page when the current one is used up:
//
//	it := client.SMEs.List(ctx, nil)
//	for it.Next() {
//		sme := it.Current()
//	}
//	if err := it.Err(); err != nil { … }
type Iter[T any] struct {
	fetch   func(cursor *string) ([]T, *string, error)
	items   []T
	cursor  *string
	started bool
	current T
	err     error
}

func newIter[T any](start *string, fetch func(cursor *string) ([]T, *string, error)) *Iter[T] {
	return &Iter[T]{fetch: fetch, cursor: start}
}

// Next moves to the next item, fetching a page if needed; false at the end or on an error.
func (it *Iter[T]) Next() bool {
	for len(it.items) == 0 {
		if it.err != nil || (it.started && it.cursor == nil) {
			return false
		}
		it.started = true
		it.items, it.cursor, it.err = it.fetch(it.cursor)
		if it.err != nil {
			return false
		}
		if len(it.items) == 0 && it.cursor == nil {
			return false
		}
	}
	it.current, it.items = it.items[0], it.items[1:]
	return true
}

// Current is the item Next moved to.
func (it *Iter[T]) Current() T { return it.current }

// Err is the error that stopped the iteration, if any.
func (it *Iter[T]) Err() error { return it.err }
