"use client";
/**
 * The main menu's links, marking the current page (aria-current="page") and the section
 * a record page belongs to (aria-current="true"). It renders at build time, where the
 * path is known; pages ship without React, so nothing of it runs in the browser.
 */
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

/** "page" on the item's own page, "true" within its section, else nothing. */
export function currentOf(href: string, pathname: string): "page" | "true" | undefined {
  const item = trim(href);
  const here = trim(pathname);
  if (here === item) return "page";
  return item !== "/" && here.startsWith(`${item}/`) ? "true" : undefined;
}

export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname() ?? "/";
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href} aria-current={currentOf(item.href, pathname)}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
