import { describe, expect, it } from "vitest";
import { filterFromParams, filterToParams } from "./filter-params.js";
import { parseQuery } from "./grammar.js";

describe("filter URL parameters", () => {
  it("read the grammar's keys into the same filter a query gives", () => {
    const fromUrl = filterFromParams(
      new URLSearchParams("type=election&from=2012&to=2015&topic=death-penalty&org=kazakhstan&member=yes"),
    );
    expect(fromUrl.errors).toEqual([]);
    expect(fromUrl.filter).toEqual(
      parseQuery("type:election from:2012 to:2015 topic:death-penalty org:kazakhstan member:yes").filter,
    );
    expect(fromUrl.filter).toEqual({
      types: ["election"],
      from: "2012",
      to: "2015",
      topicIds: ["death-penalty"],
      organizationIds: ["kazakhstan"],
      member: true,
    });
  });

  it("mean the record kind by kind and the event type by type", () => {
    expect(filterFromParams(new URLSearchParams("kind=vote&type=election")).filter).toEqual({
      kinds: ["vote"],
      types: ["election"],
    });
    expect(filterFromParams(new URLSearchParams("kind=election")).errors[0]).toContain('unknown kind "election"');
  });

  it("report values of the wrong shape and ignore unknown keys", () => {
    const { filter, errors } = filterFromParams(
      new URLSearchParams("from=yesterday&topic=Not%20A%20Slug&colour=red&__proto__=x"),
    );
    expect(filter).toEqual({});
    expect(errors).toHaveLength(2);
  });

  it("write a filter back to the same parameters", () => {
    const params = "kind=recommendation&type=noted&from=2010&topic=death-penalty&org=france";
    expect(filterToParams(filterFromParams(new URLSearchParams(params)).filter).toString()).toBe(params);
  });
});
