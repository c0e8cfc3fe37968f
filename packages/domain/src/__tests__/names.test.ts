import { maskName } from '../names';

describe('maskName', () => {
  it.each([
    ['张三', '张某'],
    ['李小龙', '李某'],
    ['  王五 ', '王某'],
    ['欧阳娜娜', '欧阳某'],
    ['司马光', '司马某'],
    ['诸葛亮', '诸葛某'],
    ['申屠大勇', '申屠某'],
    // Two characters only: surname 欧 and given name 阳, not a bare compound surname.
    ['欧阳', '欧某'],
    // A surname outside the BMP must not be cut in half.
    ['𠊎三', '𠊎某'],
    ['张', '某'],
    ['', '某'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
