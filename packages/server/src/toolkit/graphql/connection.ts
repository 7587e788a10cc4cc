import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page, PageRequest } from '../../db/keyset-page.js';
import { encodeCursor } from '../paging/cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageRequest } from '../paging/page-size.js';

@ObjectType('PageInfo', {
  description: 'Where a page of a list stands (the Relay connection model)',
})
export class PageInfo {
  @Field({ description: 'Whether a next page follows; ask for it with `after: endCursor`' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page; null when the page is empty',
  })
  endCursor: string | null;
}

/** `first` and `after`, on every list field. Both optional: no page asked for is the first, default-sized. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out)`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the page before; left out for the first page',
  })
  after?: string | null;

  /** The checked request; a bad size or cursor is BAD_USER_INPUT naming the argument. */
  static toRequest(args: PageArgs): PageRequest {
    return pageRequest({
      size: args.first,
      cursor: args.after,
      names: { size: 'first', cursor: 'after' },
    });
  }
}

export type ConnectionOf<T> = { nodes: T[]; pageInfo: PageInfo };

/** A connection type `<name>` of `nodes` and `pageInfo` for items of `itemType`. */
export function connectionType<T extends object>(
  itemType: ClassType<T>,
  name: string,
  what: string,
) {
  @ObjectType(name, { description: `A page of ${what}` })
  class Connection implements ConnectionOf<T> {
    @Field(() => [itemType], { description: `The ${what} of this page, newest first` })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Whether more follow, and from where' })
    pageInfo: PageInfo;
  }
  return Connection;
}

/** A page in the connection's shape, its items mapped to their GraphQL type. */
export function toConnection<T, U>(page: Page<T>, map: (item: T) => U): ConnectionOf<U> {
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: page.hasMore,
    endCursor: page.endKey ? encodeCursor(page.endKey) : null,
  });
  return { nodes: page.items.map(map), pageInfo };
}
